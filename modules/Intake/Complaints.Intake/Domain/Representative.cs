namespace Complaints.Intake.Domain;

/// <summary>Someone complaining on the resident's behalf, and the evidence that the resident agreed.</summary>
internal sealed record Representative(string Name, RepresentativeKind Kind, string Contact, ConsentEvidence? Consent);

/// <summary>How the resident's consent was given and where the evidence is kept.</summary>
internal sealed record ConsentEvidence(ConsentForm Form, string EvidenceReference, DateTimeOffset? GivenAt);

/// <summary>The proto enum's numbers match these by design.</summary>
internal enum RepresentativeKind
{
    Advocate = 1,
    FamilyOrFriend = 2,
    Mp = 3,
    Councillor = 4,
    Solicitor = 5,
    Other = 6,
}

internal enum ConsentForm
{
    Written = 1,
    Verbal = 2,
    LegalAuthority = 3,
}

/// <summary>Whether the representative's consent meets the policy, explained with its clause.</summary>
internal sealed record ConsentCheck(bool Satisfied, string Explanation);
