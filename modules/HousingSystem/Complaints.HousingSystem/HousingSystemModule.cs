using Complaints.HousingSystem.Adapter;
using Complaints.HousingSystem.Cache;
using Complaints.HousingSystem.Callbacks;
using Complaints.HousingSystem.Grpc;
using Complaints.HousingSystem.Persistence;
using Complaints.HousingSystem.Persistence.Migrations.PostgreSql;
using Complaints.HousingSystem.Persistence.Migrations.Sqlite;
using Complaints.HousingSystem.Persistence.Migrations.SqlServer;
using Complaints.HousingSystem.Policy;
using Complaints.HousingSystem.Read;
using Complaints.HousingSystem.Resolution;
using Complaints.Kernel;
using Complaints.Kernel.Events;
using Complaints.Kernel.Policy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Complaints.HousingSystem;

/// <summary>
/// Registers the HousingSystem module: the HMS adapter over HTTPS/JSON (configuration section <c>HousingSystem</c>),
/// the cache of its records, the resolution of complaints' residents and properties, the product's events sent to it as
/// signed webhooks, its tables and its gRPC service.
/// </summary>
public static class HousingSystemModule
{
    public static IHostApplicationBuilder AddHousingSystemModule(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddModuleParts(typeof(HousingSystemModule).Assembly);
        services.AddModuleDbContext<HousingSystemDbContext, HousingSystemSqliteDbContext, HousingSystemPostgreSqlDbContext, HousingSystemSqlServerDbContext>(HousingSystemDbContext.MigrationsHistoryTable);
        services.AddPolicySection<HousingSystemPolicy>(HousingSystemPolicy.Section);
        services.AddPublishedEvents(typeof(Contracts.ComplaintStockTypeResolvedEvent).Assembly);
        services.AddSingleton<IValidateOptions<HousingSystemPolicy>, HousingSystemPolicyValidator>();
        var options = builder.Configuration.GetSection(HousingSystemOptions.Section);
        services.Configure<HousingSystemOptions>(options);
        services.AddHttpClient(HttpHousingSystem.ClientName, (provider, client) =>
        {
            var settings = provider.GetRequiredService<IOptions<HousingSystemOptions>>().Value;
            // A base address without its closing slash would lose its last segment from every relative path.
            client.BaseAddress = settings.BaseAddress is { } address && !address.AbsoluteUri.EndsWith('/') ? new Uri(address.AbsoluteUri + "/") : settings.BaseAddress;
            client.Timeout = settings.Timeout;
            if (!string.IsNullOrEmpty(settings.ApiKey))
                client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", settings.ApiKey);
        });
        services.AddScoped<Contracts.IHousingSystem, HttpHousingSystem>();
        services.AddScoped<RecordCache>();
        services.AddScoped<Contracts.IResidentDirectory, ResidentDirectory>();
        services.AddScoped<Contracts.IPropertyDirectory, PropertyDirectory>();
        services.AddScoped<ComplaintPartyResolver>();
        services.AddSingleton<ResolutionSignal>();
        services.AddHostedService<PendingResolutionWorker>();
        services.Configure<Webhooks.WebhookOptions>(builder.Configuration.GetSection(Webhooks.WebhookOptions.Section));
        services.AddSingleton<Webhooks.WebhookPoster>();
        services.AddHostedService<Webhooks.WebhookSender>();
        services.AddScoped<Webhooks.WebhookAdministration>();
        services.AddScoped<ResidentReader>();
        services.AddScoped<PropertyReader>();
        return builder;
    }

    /// <summary>Serves <c>complaints.housing_system.v1.HousingSystemService</c> and the HMS's signed callbacks (<c>POST /v1/housing-system/callbacks</c>).</summary>
    public static IEndpointRouteBuilder MapHousingSystemModule(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGrpcService<HousingSystemGrpcService>();
        CallbackEndpoint.Map(endpoints);
        return endpoints;
    }
}
