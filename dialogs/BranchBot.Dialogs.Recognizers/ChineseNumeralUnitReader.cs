namespace BranchBot.Dialogs.Recognizers;

/// <summary>
/// Accumulates "digit unit digit unit ..." left to right. Small units (十百千) build a section below ten
/// thousand; 万 and 亿 close a section and scale it.
/// </summary>
internal sealed class ChineseNumeralUnitReader
{
    private long _total;
    private long _section;
    private long? _pending;
    private bool _pendingRightAfterUnit;
    private long _lastUnit;
    private long _lastSmallUnit = long.MaxValue;
    private long _lastBigUnit = long.MaxValue;
    private bool _zeroSinceUnit;

    public bool Digits(long digits)
    {
        if (_pending is not null)
        {
            return false;
        }

        _pending = digits;
        _pendingRightAfterUnit = _lastUnit > 0 && !_zeroSinceUnit;
        return true;
    }

    public bool Zero()
    {
        _zeroSinceUnit = true;
        return _pending is null;
    }

    public bool Tens(long tens) => _pending is null && Apply(10, tens);

    public bool Unit(long unit) => Apply(unit, _pending);

    public bool TryFinish(out long value)
    {
        var pending = _pending ?? 0;

        // "一百五" is 150 and "三万五" is 35,000: a bare digit right after a unit counts in the next unit down.
        if (_pendingRightAfterUnit && _lastUnit >= 100)
        {
            if (pending > 9)
            {
                value = 0;
                return false;
            }

            pending *= _lastUnit / 10;
        }

        value = _total + _section + pending;
        return value <= int.MaxValue;
    }

    private bool Apply(long unit, long? multiplier)
    {
        if (unit < 10_000)
        {
            // A bare 十 means one ten (十五 = 15); 百 and 千 need their digit (一百), as people write them.
            if (unit >= _lastSmallUnit || (multiplier is null && unit != 10) || multiplier is > 9)
            {
                return false;
            }

            _section += (multiplier ?? 1) * unit;
            _lastSmallUnit = unit;
        }
        else
        {
            var section = _section + (multiplier ?? 0);
            if (unit >= _lastBigUnit || section == 0)
            {
                return false;
            }

            _total += section * unit;
            _section = 0;
            _lastSmallUnit = long.MaxValue;
            _lastBigUnit = unit;
        }

        _pending = null;
        _pendingRightAfterUnit = false;
        _zeroSinceUnit = false;
        _lastUnit = unit;
        return _total + _section <= int.MaxValue;
    }
}
