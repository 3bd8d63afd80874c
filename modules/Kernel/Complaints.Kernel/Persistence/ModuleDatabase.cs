namespace Complaints.Kernel.Persistence;

/// <summary>A module's DbContext type, in registration order, for the start-up migrator.</summary>
public sealed record ModuleDatabase(Type ContextType);
