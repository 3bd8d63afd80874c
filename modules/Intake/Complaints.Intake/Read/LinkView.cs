namespace Complaints.Intake.Read;

/// <summary>A linked complaint as seen from the one being read.</summary>
internal sealed record LinkView(Guid ComplaintId, string Reference, LinkDirection Kind, string Reason);

/// <summary>A stored link read from either end.</summary>
internal enum LinkDirection
{
    Related = 1,
    DuplicateOf = 2,
    DuplicatedBy = 3,
    RaisedFrom = 4,
    LedTo = 5,
}
