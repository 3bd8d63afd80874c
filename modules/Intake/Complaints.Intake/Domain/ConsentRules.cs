using Complaints.Intake.Policy;

namespace Complaints.Intake.Domain;

/// <summary>
/// The policy's rule for representatives' consent, applied and explained. A complaint is logged whatever the answer
/// (every expression of dissatisfaction is); the check tells the officer whether they may deal with the
/// representative yet.
/// </summary>
internal static class ConsentRules
{
    public static ConsentCheck Check(Representative representative, RepresentativePolicy policy)
    {
        var consent = representative.Consent;
        var recorded = consent is null ? "no consent is recorded" : $"{Describe(consent.Form)} consent is recorded ({consent.EvidenceReference})";
        return policy.Consent switch
        {
            "WrittenConsent" when consent?.Form is ConsentForm.Written or ConsentForm.LegalAuthority =>
                new(true, $"The policy asks for written consent and {recorded} ({policy.Clause})."),
            "WrittenConsent" =>
                new(false, $"The policy asks for written consent, but {recorded}: get the resident's written consent before acting with {representative.Name} ({policy.Clause})."),
            "Consent" or "Confirmed" when consent is not null =>
                new(true, $"The policy asks for the resident's consent and {recorded} ({policy.Clause})."),
            "Consent" or "Confirmed" =>
                new(false, $"The policy asks for the resident's consent, but {recorded}: confirm with the resident before acting with {representative.Name} ({policy.Clause})."),
            _ => new(true, $"The policy sets no consent rule for representatives, and {recorded} ({policy.Clause})."),
        };
    }

    private static string Describe(ConsentForm form) => form switch
    {
        ConsentForm.Written => "written",
        ConsentForm.Verbal => "verbal",
        ConsentForm.LegalAuthority => "legal-authority",
        _ => form.ToString(),
    };
}
