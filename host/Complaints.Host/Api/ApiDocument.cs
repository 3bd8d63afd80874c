using Microsoft.OpenApi.Models;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Complaints.Host.Api;

/// <summary>The OpenAPI document of the JSON API (served at <c>/swagger/v1/swagger.json</c>), generated from the protos' HTTP rules.</summary>
internal static class ApiDocument
{
    public static void Describe(SwaggerGenOptions options)
    {
        options.SwaggerDoc("v1", new OpenApiInfo
        {
            Title = "Complaints.Modular",
            Version = "v1",
            Description = "Complaint handling to the Housing Ombudsman's Complaint Handling Code: the JSON face of the gRPC API. " +
                "Errors are google.rpc.Status objects with the matching HTTP status.",
        });
        // Two modules may both name a message ContactRouting: schema ids carry the module ("Intake.ContactRouting").
        options.CustomSchemaIds(type => (type.FullName ?? type.Name).Replace("Complaints.", "").Replace(".Api.V1", "").Replace('+', '.'));
        // Each module compiles the shared enums (complaints.common.v1) into its own assembly: inline them, so the one
        // name does not stand for several types.
        options.UseInlineDefinitionsForEnums();
        // Every module's proto comments, where the module builds its XML documentation.
        foreach (var file in Directory.EnumerateFiles(AppContext.BaseDirectory, "Complaints.*.xml"))
            options.IncludeGrpcXmlComments(file, includeControllerXmlComments: true);
    }
}
