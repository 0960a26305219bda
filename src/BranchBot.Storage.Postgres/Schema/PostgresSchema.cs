namespace BranchBot.Storage.Postgres.Schema;

/// <summary>
/// The schema's versions, oldest first. A released migration is never edited: a change is a new one. Times in
/// columns are UTC ticks (bigint); the whole record is in <c>doc</c> (jsonb). What is looked up, ordered by or must be
/// unique across instances is a column with an index or a constraint.
/// </summary>
public static class PostgresSchema
{
    public static IReadOnlyList<Migration> Migrations { get; } =
    [
        new(1, "every store of BranchBot 17 (organisation, branches, meetings, 谈心, knowledge, broadcasts, outbox, console)", Initial),
        new(2, "党委广播: the organisation's broadcasts, one numbering, a source key made once", OrganisationBroadcasts),
        new(3, "企业微信: the callbacks and card presses handled, each once across instances", WeComReceipts),
        new(4, "发展党员: one file per person with its steps", PartyDevelopment),
        new(5, "党费: members' 交纳基数 and the monthly payments (amounts numeric, never floating point)", Dues),
        new(6, "outbox claims name the instance that took them and until when", DeliveryClaims),
        new(7, "the deployment's send rate: one row, the start of the next free send slot", DeliveryRate),
        new(8, "党费: receipt numbers reserved in the database, one counter per branch and year, unique across instances", DuesReceiptNumbers),
        new(9, "chat page: each Direct Line conversation's last sequence, so every instance numbers its activities in one order", ChatConversations),
        new(10, "谈心请求: who asked whom for a talk, and when", TalkRequests),
    ];

    public static int CurrentVersion => PostgresMigrator.KnownVersion(Migrations);

    private const string Initial = """
        CREATE TABLE org_units (
            id text PRIMARY KEY,
            parent_id text,
            kind integer NOT NULL,
            closed boolean NOT NULL,
            secretary_invite_hash text UNIQUE,
            doc jsonb NOT NULL);
        CREATE TABLE org_roles (
            id text PRIMARY KEY,
            member_id text NOT NULL,
            doc jsonb NOT NULL);
        CREATE INDEX org_roles_member ON org_roles (member_id);

        CREATE TABLE members (
            id text PRIMARY KEY,
            branch_id text NOT NULL,
            removed boolean NOT NULL,
            account_keys text[] NOT NULL,
            doc jsonb NOT NULL);
        CREATE INDEX members_branch ON members (branch_id);
        CREATE INDEX members_accounts ON members USING gin (account_keys);
        CREATE TABLE party_groups (
            id text PRIMARY KEY,
            branch_id text NOT NULL,
            doc jsonb NOT NULL);
        CREATE INDEX party_groups_branch ON party_groups (branch_id);
        CREATE TABLE invites (
            code_hash text PRIMARY KEY,
            branch_id text NOT NULL,
            member_id text NOT NULL,
            doc jsonb NOT NULL);
        CREATE INDEX invites_branch ON invites (branch_id, member_id);

        CREATE TABLE conversation_state (
            key text PRIMARY KEY,
            dialog_state text NOT NULL,
            updated_ticks bigint NOT NULL);
        CREATE TABLE chat_addresses (
            key text PRIMARY KEY,
            doc jsonb NOT NULL);
        CREATE TABLE secrets (
            name text PRIMARY KEY,
            value bytea NOT NULL);
        CREATE TABLE sent_markers (
            key text PRIMARY KEY,
            sent_ticks bigint NOT NULL);
        CREATE TABLE calendar_tokens (
            member_id text PRIMARY KEY,
            token_hash text NOT NULL UNIQUE,
            created_ticks bigint NOT NULL);

        CREATE TABLE meetings (
            id text PRIMARY KEY,
            branch_id text NOT NULL,
            starts_ticks bigint NOT NULL,
            plan_id text,
            cancelled boolean NOT NULL,
            doc jsonb NOT NULL);
        CREATE INDEX meetings_branch_start ON meetings (branch_id, starts_ticks);
        -- A plan's occurrence exists once, whichever instance generated it.
        CREATE UNIQUE INDEX meetings_plan_occurrence ON meetings (plan_id, starts_ticks) WHERE plan_id IS NOT NULL AND NOT cancelled;
        CREATE TABLE meeting_plans (
            id text PRIMARY KEY,
            branch_id text NOT NULL,
            doc jsonb NOT NULL);
        CREATE INDEX meeting_plans_branch ON meeting_plans (branch_id);
        CREATE TABLE attendance (
            id text PRIMARY KEY,
            branch_id text NOT NULL,
            meeting_id text NOT NULL,
            member_id text NOT NULL,
            status integer NOT NULL,
            at_ticks bigint NOT NULL,
            doc jsonb NOT NULL,
            UNIQUE (meeting_id, member_id));
        CREATE INDEX attendance_branch_status ON attendance (branch_id, status);

        CREATE TABLE delivery_items (
            id text PRIMARY KEY,
            batch_id text NOT NULL,
            member_id text NOT NULL,
            message jsonb NOT NULL,
            state integer NOT NULL,
            attempts integer NOT NULL,
            next_attempt_ticks bigint NOT NULL,
            created_ticks bigint NOT NULL,
            sequence bigint GENERATED ALWAYS AS IDENTITY,
            updated_ticks bigint NOT NULL,
            completed_ticks bigint,
            last_error text,
            UNIQUE (batch_id, member_id));
        CREATE INDEX delivery_items_due ON delivery_items (next_attempt_ticks, created_ticks, sequence) WHERE state = 0;
        CREATE INDEX delivery_items_in_flight ON delivery_items (state) WHERE state = 1;

        CREATE TABLE knowledge_entries (
            id text PRIMARY KEY,
            branch_id text NOT NULL,
            scope integer NOT NULL,
            created_ticks bigint NOT NULL,
            doc jsonb NOT NULL);
        CREATE TABLE pending_questions (
            branch_id text NOT NULL,
            number integer NOT NULL,
            doc jsonb NOT NULL,
            PRIMARY KEY (branch_id, number));
        CREATE TABLE knowledge_answer_log (
            id integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            branch_id text NOT NULL,
            asker_id text,
            failed boolean NOT NULL,
            doc jsonb NOT NULL);
        CREATE INDEX knowledge_answer_log_branch ON knowledge_answer_log (branch_id, id);
        CREATE TABLE knowledge_feedback (
            answer_log_id integer NOT NULL,
            member_id text NOT NULL,
            branch_id text NOT NULL,
            doc jsonb NOT NULL,
            PRIMARY KEY (answer_log_id, member_id));
        CREATE INDEX knowledge_feedback_branch ON knowledge_feedback (branch_id);

        CREATE TABLE feedback_drafts (
            member_id text PRIMARY KEY,
            branch_id text NOT NULL,
            doc jsonb NOT NULL);
        CREATE TABLE feedback (
            id text PRIMARY KEY,
            branch_id text NOT NULL,
            member_id text NOT NULL,
            submitted_ticks bigint NOT NULL,
            doc jsonb NOT NULL);
        CREATE INDEX feedback_branch ON feedback (branch_id, submitted_ticks);
        CREATE INDEX feedback_member ON feedback (member_id);
        CREATE TABLE follow_ups (
            id text PRIMARY KEY,
            branch_id text NOT NULL,
            status integer NOT NULL,
            doc jsonb NOT NULL);
        CREATE INDEX follow_ups_branch_status ON follow_ups (branch_id, status);
        CREATE TABLE talks (
            id text PRIMARY KEY,
            branch_id text NOT NULL,
            day integer NOT NULL,
            author_id text NOT NULL,
            other_id text NOT NULL,
            created_ticks bigint NOT NULL,
            doc jsonb NOT NULL);
        CREATE INDEX talks_branch_day ON talks (branch_id, day);
        CREATE INDEX talks_author ON talks (author_id);
        CREATE INDEX talks_other ON talks (other_id);
        CREATE TABLE talk_assignments (
            id text PRIMARY KEY,
            branch_id text NOT NULL,
            year integer NOT NULL,
            doc jsonb NOT NULL);
        CREATE INDEX talk_assignments_branch_year ON talk_assignments (branch_id, year);
        CREATE TABLE suggestions (
            id text PRIMARY KEY,
            branch_id text NOT NULL,
            day integer NOT NULL,
            doc jsonb NOT NULL);
        CREATE INDEX suggestions_branch ON suggestions (branch_id);
        CREATE TABLE talk_audit (
            id text PRIMARY KEY,
            branch_id text NOT NULL,
            at_ticks bigint NOT NULL,
            doc jsonb NOT NULL);
        CREATE INDEX talk_audit_branch_at ON talk_audit (branch_id, at_ticks);

        CREATE TABLE broadcasts (
            branch_id text NOT NULL,
            number integer NOT NULL,
            author_id text NOT NULL,
            created_ticks bigint NOT NULL,
            source_key text,
            doc jsonb NOT NULL,
            PRIMARY KEY (branch_id, number));
        -- One broadcast per source (a recurring plan's occurrence), whichever instance made it.
        CREATE UNIQUE INDEX broadcasts_source ON broadcasts (branch_id, source_key) WHERE source_key IS NOT NULL;
        CREATE TABLE broadcast_acknowledgements (
            branch_id text NOT NULL,
            number integer NOT NULL,
            member_id text NOT NULL,
            at_ticks bigint NOT NULL,
            doc jsonb NOT NULL,
            PRIMARY KEY (branch_id, number, member_id));
        CREATE TABLE broadcast_replies (
            id text PRIMARY KEY,
            branch_id text NOT NULL,
            number integer NOT NULL,
            at_ticks bigint NOT NULL,
            doc jsonb NOT NULL);
        CREATE INDEX broadcast_replies_number ON broadcast_replies (branch_id, number);
        CREATE TABLE broadcast_plans (
            branch_id text NOT NULL,
            number integer NOT NULL,
            doc jsonb NOT NULL,
            PRIMARY KEY (branch_id, number));

        CREATE TABLE console_used_logins (
            link_id text PRIMARY KEY,
            expires_ticks bigint NOT NULL);
        CREATE TABLE console_sign_outs (
            key text PRIMARY KEY,
            at_ticks bigint NOT NULL,
            forget_after_ticks bigint NOT NULL);
        CREATE TABLE console_audit (
            id text PRIMARY KEY,
            branch_id text NOT NULL,
            at_ticks bigint NOT NULL,
            doc jsonb NOT NULL);
        CREATE INDEX console_audit_branch_at ON console_audit (branch_id, at_ticks);

        CREATE TABLE chat_transcripts (
            conversation_id text NOT NULL,
            sequence bigint NOT NULL,
            activity_id text NOT NULL,
            at_ticks bigint NOT NULL,
            activity text NOT NULL,
            PRIMARY KEY (conversation_id, sequence));
        CREATE INDEX chat_transcripts_at ON chat_transcripts (at_ticks);
        """;

    private const string OrganisationBroadcasts = """
        CREATE TABLE org_broadcasts (
            number integer PRIMARY KEY,
            source_key text UNIQUE,
            completed boolean NOT NULL,
            doc jsonb NOT NULL);
        CREATE INDEX org_broadcasts_incomplete ON org_broadcasts (number) WHERE NOT completed;
        """;

    private const string WeComReceipts = """
        CREATE TABLE wecom_receipts (
            key text PRIMARY KEY,
            at_ticks bigint NOT NULL);
        CREATE INDEX wecom_receipts_at ON wecom_receipts (at_ticks);
        """;

    private const string DeliveryClaims = """
        ALTER TABLE delivery_items ADD COLUMN claimed_by text, ADD COLUMN lease_ticks bigint;
        """;

    private const string DeliveryRate = """
        CREATE TABLE delivery_rate (
            id integer PRIMARY KEY CHECK (id = 1),
            next_ticks bigint NOT NULL);
        INSERT INTO delivery_rate (id, next_ticks) VALUES (1, 0);
        """;

    private const string DuesReceiptNumbers = """
        CREATE TABLE dues_receipt_numbers (
            branch_id text NOT NULL,
            year integer NOT NULL,
            last_sequence integer NOT NULL CHECK (last_sequence > 0),
            PRIMARY KEY (branch_id, year));
        INSERT INTO dues_receipt_numbers (branch_id, year, last_sequence)
            SELECT branch_id, receipt_year, max(receipt_sequence) FROM dues_payments
            WHERE receipt_year IS NOT NULL GROUP BY branch_id, receipt_year;
        """;

    private const string ChatConversations = """
        CREATE TABLE chat_conversations (
            conversation_id text PRIMARY KEY,
            last_sequence bigint NOT NULL,
            used_ticks bigint NOT NULL);
        CREATE INDEX chat_conversations_used ON chat_conversations (used_ticks);
        INSERT INTO chat_conversations (conversation_id, last_sequence, used_ticks)
            SELECT conversation_id, max(sequence), max(at_ticks) FROM chat_transcripts GROUP BY conversation_id;
        """;

    private const string TalkRequests = """
        CREATE TABLE talk_requests (
            id text PRIMARY KEY,
            branch_id text NOT NULL,
            to_id text NOT NULL,
            requested_ticks bigint NOT NULL,
            doc jsonb NOT NULL);
        CREATE INDEX talk_requests_branch_to ON talk_requests (branch_id, to_id);
        """;

    private const string Dues = """
        CREATE TABLE dues_bases (
            id text PRIMARY KEY,
            branch_id text NOT NULL,
            member_id text NOT NULL,
            from_month integer NOT NULL,
            doc jsonb NOT NULL);
        CREATE INDEX dues_bases_branch ON dues_bases (branch_id, member_id, from_month);
        CREATE TABLE dues_payments (
            id text PRIMARY KEY,
            branch_id text NOT NULL,
            member_id text NOT NULL,
            month integer NOT NULL,
            amount numeric(12, 2) NOT NULL CHECK (amount >= 0),
            state integer NOT NULL,
            batch_id text NOT NULL,
            receipt_year integer,
            receipt_sequence integer,
            doc jsonb NOT NULL);
        CREATE INDEX dues_payments_branch_month ON dues_payments (branch_id, month);
        CREATE INDEX dues_payments_member ON dues_payments (member_id);
        CREATE INDEX dues_payments_batch ON dues_payments (batch_id);
        CREATE INDEX dues_payments_receipt ON dues_payments (branch_id, receipt_year, receipt_sequence);
        """;

    private const string PartyDevelopment = """
        CREATE TABLE party_development (
            id text PRIMARY KEY,
            branch_id text NOT NULL,
            created_ticks bigint NOT NULL,
            doc jsonb NOT NULL);
        CREATE INDEX party_development_branch ON party_development (branch_id, created_ticks);
        """;
}
