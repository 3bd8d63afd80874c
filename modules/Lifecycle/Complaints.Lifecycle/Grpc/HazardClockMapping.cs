using Complaints.Hazards.Contracts;
using Complaints.Lifecycle.Api.V1;
using Google.Protobuf.WellKnownTypes;
using Wire = Complaints.Common.V1;

namespace Complaints.Lifecycle.Grpc;

/// <summary>A hazard the complaint raised, as the Hazards contract gives it, to the complaint's page.</summary>
internal static class HazardClockMapping
{
    public static ComplaintHazard ToMessage(HazardSummary hazard)
    {
        var message = new ComplaintHazard
        {
            HazardId = hazard.Id,
            Reference = hazard.Reference,
            Kind = hazard.Kind,
            Emergency = hazard.Emergency,
            AwareAt = Timestamp.FromDateTimeOffset(hazard.AwareAt),
            StoppedReason = hazard.Stopped?.Reason ?? "",
        };
        message.Clocks.AddRange(hazard.Clocks.Select(c => new HazardClock
        {
            Name = c.Name,
            DueAt = Timestamp.FromDateTimeOffset(c.DueAt),
            Status = Status(c.Status),
            EndedAt = c.EndedAt is { } ended ? Timestamp.FromDateTimeOffset(ended) : null,
            Regulation = c.Regulation,
        }));
        return message;
    }

    private static Wire.ClockStatus Status(HazardClockStatus status) => status switch
    {
        HazardClockStatus.OnTrack => Wire.ClockStatus.OnTrack,
        HazardClockStatus.DueSoon => Wire.ClockStatus.DueSoon,
        HazardClockStatus.Overdue => Wire.ClockStatus.Overdue,
        HazardClockStatus.MetOnTime => Wire.ClockStatus.MetOnTime,
        HazardClockStatus.MetLate => Wire.ClockStatus.MetLate,
        HazardClockStatus.Stopped => Wire.ClockStatus.Stopped,
        _ => Wire.ClockStatus.Unspecified,
    };
}
