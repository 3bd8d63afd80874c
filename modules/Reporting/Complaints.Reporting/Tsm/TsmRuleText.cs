using Complaints.Reporting.Policy;

namespace Complaints.Reporting.Tsm;

/// <summary>Each figure's counting rule in words, as the flags in force make it (the same rule <see cref="TsmRows"/> applies).</summary>
internal static class TsmRuleText
{
    public static string Ch01Stage1(TsmCountingRule rule) =>
        "Complaints received in the year that entered stage 1" +
        (rule.CountNotAccepted ? ", and those received in the year and not accepted" : " (those not accepted left out)") +
        (rule.CountWithdrawn ? ", withdrawn ones included" : ", those withdrawn during stage 1 left out") +
        "; service requests never count. Per 1,000 homes.";

    public static string Ch01Stage2(TsmCountingRule rule) =>
        "Complaints escalated to stage 2 in the year" +
        (rule.CountNotAccepted ? ", refused escalations included" : " (refused escalations left out)") +
        (rule.CountWithdrawn ? ", withdrawn ones included" : ", those withdrawn during stage 2 left out") + ". Per 1,000 homes.";

    public static string Ch02(TsmCountingRule rule, int stage) =>
        $"Stage {stage} responses issued in the year that met the lifecycle's stage{stage}.respond clock" +
        (rule.ExtensionCountsAsInTime ? " (a response within an extension in force counts as in time)." : " without an extension (a response in time only because of an extension counts as late).");
}
