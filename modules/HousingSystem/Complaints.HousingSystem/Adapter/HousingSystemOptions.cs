namespace Complaints.HousingSystem.Adapter;

/// <summary>
/// Configuration section <c>HousingSystem</c>: where the HMS answers, the secret both sides sign with, and how long
/// its records are trusted. Operational settings, not policy: the policy profile holds the repeat-complaint window.
/// </summary>
internal sealed class HousingSystemOptions
{
    public const string Section = "HousingSystem";

    /// <summary>The HMS's base address (HTTPS outside tests), e.g. https://hms.example/api/complaints/; null: not connected.</summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>Sent to the HMS as a bearer token on every request, where the HMS asks for one.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The HMAC key of callbacks (and, later, of outbound webhooks). Without it every callback is refused.</summary>
    public string? SharedSecret { get; set; }

    /// <summary>How far a callback's signed timestamp may be from now; older ones are refused as replays.</summary>
    public TimeSpan SignatureTolerance { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The longest one request to the HMS may take before the HMS counts as unavailable.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>A cached resident or property older than this is fetched again on its next read.</summary>
    public TimeSpan CacheMaxAge { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often complaints whose resident or property could not be resolved are tried again.</summary>
    public TimeSpan ResolveRetryInterval { get; set; } = TimeSpan.FromMinutes(1);
}
