namespace Complaints.Kernel.Privacy;

/// <summary>
/// A module that holds residents' personal data about a record the retention schedule covers. The retention sweep
/// asks every holder, in one transaction per record, to overwrite the personal fields it keeps — names, references,
/// what residents told us, letters — and to keep what reporting counts: dates, stages, channels, categories, outcomes,
/// amounts and how many of each thing there were. Calls join the caller's unit of work.
/// </summary>
public interface IPersonalDataHolder
{
    /// <summary>The module's name, shown in the sweep's account of what it changed.</summary>
    string Module { get; }

    /// <summary>Anonymises this module's personal fields about <paramref name="record"/>; returns how many rows changed.</summary>
    Task<int> AnonymiseAsync(RetainedRecord record, CancellationToken cancellationToken);
}

/// <summary>The kinds of record the retention schedule covers, each with its own period in the profile.</summary>
public enum RetainedRecordKind
{
    /// <summary>A complaint with everything recorded about it: contacts, evidence, letters, actions, awards, Ombudsman cases.</summary>
    Complaint = 1,

    /// <summary>An unacceptable-behaviour case with its incidents, warnings, letters, restrictions and appeals.</summary>
    ConductCase = 2,
}

/// <summary>One record due for anonymisation, by reference and by the id its module keys it on.</summary>
public sealed record RetainedRecord(RetainedRecordKind Kind, string Reference, Guid? ComplaintId = null, long? ConductCaseId = null);

/// <summary>What anonymised fields read as afterwards, so a person reading the record knows why it is empty.</summary>
public static class Anonymised
{
    public const string Text = "[anonymised under the retention schedule]";

    /// <summary>Stands in for a resident's reference or a person's name, short enough for any column that held one.</summary>
    public const string Name = "anonymised";
}
