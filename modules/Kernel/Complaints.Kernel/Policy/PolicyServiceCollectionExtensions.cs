using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Complaints.Kernel.Policy;

public static class PolicyServiceCollectionExtensions
{
    /// <summary>Loads the active policy profile once, at start-up.</summary>
    public static IServiceCollection AddPolicyProfile(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(PolicyProfileOptions.Section).Get<PolicyProfileOptions>() ?? new PolicyProfileOptions();
        services.AddSingleton(PolicyProfileLoader.Load(options));
        return services;
    }

    /// <summary>
    /// Binds a module's section of the profile to <typeparamref name="T"/>, strictly (an unknown key is an error, so
    /// a typo cannot silently fall back to a default), and validates it before the server starts.
    /// </summary>
    public static IServiceCollection AddPolicySection<T>(this IServiceCollection services, string section) where T : class
    {
        services.AddOptions<T>()
            .Configure<PolicyProfile>((policy, profile) =>
            {
                var source = profile.Section(section);
                if (!source.Exists())
                    throw new OptionsValidationException(section, typeof(T), [$"Policy profile '{profile.Id}' has no '{section}' section."]);
                try
                {
                    source.Bind(policy, binder => binder.ErrorOnUnknownConfiguration = true);
                }
                catch (InvalidOperationException e)
                {
                    throw new OptionsValidationException(section, typeof(T), [$"Policy profile '{profile.Id}', section '{section}': {e.Message}"]);
                }
            })
            .ValidateOnStart();
        return services;
    }
}
