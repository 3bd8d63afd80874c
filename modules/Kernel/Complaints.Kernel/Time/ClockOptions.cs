namespace Complaints.Kernel.Time;

/// <summary>Configuration section <c>Clock</c>.</summary>
public sealed class ClockOptions
{
    public const string Section = "Clock";

    /// <summary>How far a caller's clock may run ahead of ours before an <c>occurred_at</c> counts as "in the future".</summary>
    public TimeSpan AllowedSkew { get; set; } = TimeSpan.FromMinutes(2);
}
