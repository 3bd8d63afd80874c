namespace Complaints.Kernel.Pipeline;

/// <summary>Executes a message through its steps: PreValidation, then in one transaction PreOperation, the main
/// operation and synchronous PostOperation, then asynchronous PostOperation after commit.</summary>
public interface ICommandPipeline
{
    Task<TResult> ExecuteAsync<TResult>(ICommand<TResult> command, CancellationToken cancellationToken = default);
}
