namespace Complaints.Kernel.Persistence;

/// <summary>
/// Maximum lengths of string columns that are keys or indexed: SQL Server cannot index nvarchar(max), and a key holds
/// at most 900 bytes there. Lengths count UTF-16 code units, as SQL Server does: twice the API's bound in code points,
/// so whatever the API accepts fits (PostgreSQL counts code points, so it is only more generous there).
/// </summary>
public static class KeyColumn
{
    /// <summary>References and codes: the API takes 100 code points.</summary>
    public const int Reference = 200;

    /// <summary>Idempotency keys: the API takes 128 code points.</summary>
    public const int IdempotencyKey = 256;

    /// <summary>People's names that are indexed (a named officer): the API takes 200 code points.</summary>
    public const int PersonName = 400;

    /// <summary>Names the server gives: message types, outbox consumers, sequence counters.</summary>
    public const int Name = 128;

    /// <summary>An enum stored by name (stages, statuses).</summary>
    public const int EnumName = 64;
}
