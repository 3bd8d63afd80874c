using Complaints.Common.V1;

namespace Complaints.Workspace.Api;

/// <summary>Stages and triggers in plain words, for summaries and the timeline.</summary>
public static class StageWords
{
    public static string Stage(Stage stage) => stage switch
    {
        Common.V1.Stage.Received => "Received",
        Common.V1.Stage.ServiceRequest => "Service request",
        Common.V1.Stage.NotAccepted => "Not accepted",
        Common.V1.Stage.Stage1Pending => "Stage 1: acknowledged",
        Common.V1.Stage.Stage1EarlyResolution => "Stage 1: early resolution",
        Common.V1.Stage.Stage1Investigating => "Stage 1: investigating",
        Common.V1.Stage.Stage1Responded => "Stage 1: responded",
        Common.V1.Stage.Stage2Pending => "Stage 2: escalated",
        Common.V1.Stage.Stage2Investigating => "Stage 2: investigating",
        Common.V1.Stage.EscalationRefused => "Escalation refused",
        Common.V1.Stage.Stage2Responded => "Stage 2: responded",
        Common.V1.Stage.WithBuildingSafetyRegulator => "With the Building Safety Regulator",
        Common.V1.Stage.Closed => "Closed",
        Common.V1.Stage.Withdrawn => "Withdrawn",
        Common.V1.Stage.ReferredToOmbudsman => "Referred to the Ombudsman",
        Common.V1.Stage.Determined => "Determined by the Ombudsman",
        Common.V1.Stage.RemediesComplied => "Ombudsman's remedies complied with",
        _ => "Unknown",
    };

    /// <summary>"AcknowledgeStage1" → "Acknowledge stage 1": trigger names in words.</summary>
    public static string Trigger(Trigger trigger)
    {
        var name = trigger.ToString();
        var words = System.Text.RegularExpressions.Regex.Replace(name, "(?<!^)([A-Z]|[0-9]+)", " $1").ToLowerInvariant();
        return words.Length == 0 ? name : char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>A UTC instant as London reads it, e.g. "29 Nov 2026, 14:05".</summary>
    public static string When(Google.Protobuf.WellKnownTypes.Timestamp? at) =>
        at is null ? "" : TimeZoneInfo.ConvertTime(at.ToDateTimeOffset(), London).ToString("d MMM yyyy, HH:mm", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));

    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
}
