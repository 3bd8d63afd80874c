namespace Complaints.OmbudsmanLiaison.Contracts;

/// <summary>The Ombudsman's finding on one element of a complaint.</summary>
public enum OmbudsmanFinding
{
    NoMaladministration = 1,
    ServiceFailure = 2,
    Maladministration = 3,
    SevereMaladministration = 4,
    Mediation = 5,
    Redress = 6,
    OutsideJurisdiction = 7,
    Withdrawn = 8,
}

/// <summary>What a binding order of a determination requires.</summary>
public enum OmbudsmanOrderType
{
    Apology = 1,
    Compensation = 2,
    Works = 3,
    ReviewOfPolicy = 4,
    StaffTraining = 5,
    Other = 6,
}

/// <summary>One element of a determination: its place in the determination, the finding, and the complaint it belongs to.</summary>
public sealed record DeterminedElement(int Number, OmbudsmanFinding Finding, Guid? ComplaintId);
