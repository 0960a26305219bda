namespace BranchBot.WebConsole;

/// <summary>
/// Reads a POST's form once, before any page sees it: a body that cannot be read as a form (broken multipart, a
/// value over the form limits, a client that went away) is the caller's fault, answered 400 by the console rather
/// than escaping as an exception. Later reads by the pages get the same, already parsed form.
/// </summary>
internal static class RequestForms
{
    public static async Task<IFormCollection?> TryReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return null;
        }

        try
        {
            return await request.ReadFormAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or BadHttpRequestException)
        {
            return null;
        }
    }
}
