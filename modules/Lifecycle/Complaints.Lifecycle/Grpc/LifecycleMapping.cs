using System.Globalization;
using Complaints.Lifecycle.Contracts;
using Google.Protobuf.WellKnownTypes;
using Complaints.Kernel.Wire;
using Wire = Complaints.Common.V1;

namespace Complaints.Lifecycle.Grpc;

/// <summary>From the Lifecycle contract's views to the wire messages of lifecycle.proto.</summary>
internal static class LifecycleMapping
{
    public static Api.V1.Lifecycle ToMessage(LifecycleView view)
    {
        var message = new Api.V1.Lifecycle
        {
            ComplaintId = view.ComplaintId.ToString(),
            Stage = WireEnum.Map<Wire.Stage>(view.Stage),
            EnteredStageAt = Timestamp.FromDateTimeOffset(view.EnteredStageAt),
            Version = view.Version,
        };
        message.PermittedTriggers.AddRange(view.PermittedTriggers.Select(t => WireEnum.Map<Wire.Trigger>(t)));
        message.Clocks.AddRange(view.Clocks.Select(ToMessage));
        message.ResidentWindows.AddRange(view.ResidentWindows.Select(ToMessage));
        message.History.AddRange(view.History.Select(ToMessage));
        return message;
    }

    private static Api.V1.Clock ToMessage(ClockView clock) => new()
    {
        Name = clock.Name,
        StartedAt = Timestamp.FromDateTimeOffset(clock.StartedAt),
        DueOn = clock.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DueBy = Timestamp.FromDateTimeOffset(clock.DueBy),
        StoppedAt = clock.StoppedAt is { } stopped ? Timestamp.FromDateTimeOffset(stopped) : null,
        Status = WireEnum.Map<Wire.ClockStatus>(clock.Status),
        ExtendedByWorkingDays = clock.ExtendedByWorkingDays,
        Clause = clock.Clause,
        Provisional = clock.Provisional,
    };

    private static Api.V1.Transition ToMessage(StageTransitionView transition) => new()
    {
        FromStage = transition.From is { } from ? WireEnum.Map<Wire.Stage>(from) : Wire.Stage.Unspecified,
        ToStage = WireEnum.Map<Wire.Stage>(transition.To),
        Trigger = WireEnum.FromName<Wire.Trigger>(transition.Trigger),
        Actor = transition.Actor,
        OccurredAt = Timestamp.FromDateTimeOffset(transition.OccurredAt),
        Reason = transition.Reason ?? "",
        ExtensionWorkingDays = transition.ExtensionWorkingDays ?? 0,
        ResidentAgreed = transition.ResidentAgreed ?? false,
    };
}
