namespace Complaints.Plugins;

/// <summary>
/// The plug-in trace log: lines kept with each execution of a step and queryable afterwards, as Dataverse's are. Do not
/// write residents' personal data into it; write ids and what the step decided.
/// </summary>
public interface ITracingService
{
    void Trace(string format, params object?[] args);
}
