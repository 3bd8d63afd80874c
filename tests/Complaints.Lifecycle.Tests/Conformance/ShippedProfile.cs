using Complaints.Lifecycle.Policy;
using Microsoft.Extensions.Configuration;

namespace Complaints.Lifecycle.Tests.Conformance;

/// <summary>A profile file exactly as the product ships it (host/Complaints.Host/PolicyProfiles), bound and validated
/// the way the server binds it.</summary>
public static class ShippedProfile
{
    public static IReadOnlyList<string> Ids { get; } = Directory
        .EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "PolicyProfiles"), "*.json")
        .Select(Path.GetFileNameWithoutExtension).Order().ToList()!;

    internal static LifecyclePolicy Lifecycle(string id)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "PolicyProfiles", id + ".json"))
            .Build();
        var policy = new LifecyclePolicy();
        configuration.GetSection(LifecyclePolicy.Section).Bind(policy, binder => binder.ErrorOnUnknownConfiguration = true);
        var validation = new LifecyclePolicyValidator().Validate(null, policy);
        if (validation.Failed)
            throw new InvalidOperationException($"Profile {id}: {validation.FailureMessage}");
        return policy;
    }
}
