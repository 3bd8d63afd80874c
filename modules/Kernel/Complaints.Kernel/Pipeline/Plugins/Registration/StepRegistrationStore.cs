using Complaints.Kernel.Errors;
using Complaints.Kernel.Persistence;
using Complaints.Kernel.Pipeline.Plugins.DropIn;
using Complaints.Plugins;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Kernel.Pipeline.Plugins.Registration;

/// <summary>
/// Registers, changes, switches on and off and removes the steps of landlords' plug-ins. Every change is checked
/// against the message catalogue and the plug-in folder, so a step that could never run is refused when registered,
/// not when a resident's complaint reaches it; and every change is seen by the next message on this host.
/// </summary>
public sealed class StepRegistrationStore(KernelDbContext db, PluginFolder folder, RegisteredSteps steps, UnitOfWork unitOfWork, TimeProvider clock)
{
    public async Task<StepRegistration> RegisterAsync(StepDefinition definition, string by, CancellationToken cancellationToken)
    {
        Check(definition);
        var now = clock.GetUtcNow();
        var step = new StepRegistration
        {
            Id = Guid.CreateVersion7(), Name = "", Message = "", Assembly = "", Type = "", RegisteredAt = now, RegisteredBy = by,
        };
        Apply(step, definition, by, now);
        db.PluginSteps.Add(step);
        await SaveAsync(cancellationToken);
        return step;
    }

    public async Task<StepRegistration> UpdateAsync(Guid id, int? expectedVersion, StepDefinition definition, string by, CancellationToken cancellationToken)
    {
        Check(definition);
        var step = await GetForUpdateAsync(id, expectedVersion, cancellationToken);
        Apply(step, definition, by, clock.GetUtcNow());
        await SaveAsync(cancellationToken);
        return step;
    }

    public async Task<StepRegistration> SetEnabledAsync(Guid id, bool enabled, string by, CancellationToken cancellationToken)
    {
        var step = await GetForUpdateAsync(id, null, cancellationToken);
        if (step.Enabled == enabled)
            return step; // switching on a step that is on changes nothing
        (step.Enabled, step.UpdatedAt, step.UpdatedBy) = (enabled, clock.GetUtcNow(), by);
        await SaveAsync(cancellationToken);
        return step;
    }

    public async Task<StepRegistration> UnregisterAsync(Guid id, CancellationToken cancellationToken)
    {
        var step = await GetForUpdateAsync(id, null, cancellationToken);
        db.PluginSteps.Remove(step);
        await SaveAsync(cancellationToken);
        return step;
    }

    public async Task<IReadOnlyList<StepRegistration>> ListAsync(string? message, CancellationToken cancellationToken) =>
        await db.PluginSteps.AsNoTracking()
            .Where(s => message == null || s.Message == message)
            .OrderBy(s => s.Message).ThenBy(s => s.Stage).ThenBy(s => s.Order).ThenBy(s => s.RegisteredAt)
            .ToListAsync(cancellationToken);

    private async Task<StepRegistration> GetForUpdateAsync(Guid id, int? expectedVersion, CancellationToken cancellationToken)
    {
        var step = await db.PluginSteps.SingleOrDefaultAsync(s => s.Id == id, cancellationToken)
            ?? throw new NotFoundException("Plug-in step", id.ToString());
        if (expectedVersion is { } version && version != step.Version)
            throw new ConcurrencyConflictException("Plug-in step", id.ToString());
        return step;
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        unitOfWork.AfterCommit(steps.Changed);
        await unitOfWork.ExecuteAsync(async () =>
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }, cancellationToken);
    }

    private static void Apply(StepRegistration step, StepDefinition definition, string by, DateTimeOffset now)
    {
        step.Name = definition.Name.Trim();
        step.Message = definition.Message;
        step.Stage = definition.Stage;
        step.Mode = definition.Mode;
        step.Order = definition.Order;
        step.Assembly = definition.Assembly.Trim();
        step.Type = definition.Type.Trim();
        step.FilteringAttributes = StepRegistration.Join(definition.FilteringAttributes)!;
        step.PreImageAttributes = StepRegistration.Join(definition.PreImageAttributes);
        step.PostImageAttributes = StepRegistration.Join(definition.PostImageAttributes);
        step.UnsecureConfiguration = definition.UnsecureConfiguration;
        if (definition.SecureConfiguration is not null)
            step.SecureConfiguration = definition.SecureConfiguration.Length == 0 ? null : definition.SecureConfiguration;
        (step.UpdatedAt, step.UpdatedBy) = (now, by);
    }

    /// <summary>Every reason the step could never run as registered, as field violations.</summary>
    private void Check(StepDefinition definition)
    {
        var violations = new List<FieldViolation>();
        if (string.IsNullOrWhiteSpace(definition.Name))
            violations.Add(new("name", "must say what the step is for"));
        var message = MessageCatalogue.Find(definition.Message);
        if (message is null)
            violations.Add(new("message", $"{definition.Message} is not a message steps can be registered on (ListMessages lists them)"));
        if (!Enum.IsDefined(definition.Stage))
            violations.Add(new("stage", "must be PreValidation (10), PreOperation (20) or PostOperation (40)"));
        if (definition.Mode == PluginMode.Asynchronous && definition.Stage != PluginStage.PostOperation)
            violations.Add(new("mode", "asynchronous steps run after the message commits, so only at PostOperation"));
        if (definition.Stage == PluginStage.PreValidation && definition.PreImageAttributes is not null)
            violations.Add(new("pre_image", "PreValidation runs before the transaction, where no image is taken: register at PreOperation or PostOperation"));
        if (definition.Stage != PluginStage.PostOperation && definition.PostImageAttributes is not null)
            violations.Add(new("post_image", "the record after the main operation exists only at PostOperation"));
        if (message is not null)
        {
            var unknown = definition.FilteringAttributes.Where(a => message.Attribute(a.Trim()) is null).ToList();
            if (unknown.Count > 0)
                violations.Add(new("filtering_attributes", $"{string.Join(", ", unknown)} is not an attribute of {message.Name}"));
        }
        var available = folder.Available();
        if (!available.TryGetValue(definition.Assembly.Trim(), out var types))
            violations.Add(new("assembly", $"no plug-in assembly {definition.Assembly}.dll is in the plug-in folder (ListPluginTypes lists what is)"));
        else if (!types.Contains(definition.Type.Trim()))
            violations.Add(new("type", $"{definition.Assembly}.dll has no public plug-in class {definition.Type}"));
        if (violations.Count > 0)
            throw new ValidationException([.. violations]);
    }
}
