using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace Complaints.Kernel.Pipeline;

public static class PipelineRegistration
{
    /// <summary>
    /// Finds, inside <paramref name="moduleAssembly"/> only, every plug-in (with its [PluginStep]) and every command
    /// handler, and registers them. Fails at start-up on a plug-in without a step, an async step outside
    /// PostOperation, or two handlers for one message.
    /// </summary>
    public static IServiceCollection AddPipelineStepsFrom(this IServiceCollection services, Assembly moduleAssembly)
    {
        services.Scan(scan => scan.FromAssemblies(moduleAssembly)
            .AddClasses(c => c.AssignableTo(typeof(IPlugin<,>)), publicOnly: false).AsSelf().WithScopedLifetime()
            .AddClasses(c => c.AssignableTo<IContractPlugin>(), publicOnly: false).AsSelf().WithScopedLifetime()
            .AddClasses(c => c.AssignableTo(typeof(ICommandHandler<,>)), publicOnly: false).AsImplementedInterfaces().WithScopedLifetime());

        foreach (var type in moduleAssembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            foreach (var plugin in ClosedInterfaces(type, typeof(IPlugin<,>)))
                services.AddSingleton(new DiscoveredPluginStep(DescribeStep(type, plugin.GetGenericArguments()[0])));
            if (typeof(IContractPlugin).IsAssignableFrom(type))
                services.AddSingleton(new DiscoveredContractStep(DescribeContractStep(type)));
            foreach (var handler in ClosedInterfaces(type, typeof(ICommandHandler<,>)))
            {
                services.AddSingleton(new DiscoveredMessage(handler.GetGenericArguments()[0]));
                var handlers = services.Count(d => d.ServiceType == handler);
                if (handlers > 1)
                    throw new InvalidOperationException(
                        $"{MessageNames.Of(handler.GetGenericArguments()[0])} has {handlers} handlers; a message has exactly one main operation.");
            }
        }
        return services;
    }

    private static PluginStep DescribeStep(Type plugin, Type command)
    {
        var attribute = plugin.GetCustomAttribute<PluginStepAttribute>()
            ?? throw new InvalidOperationException($"Plug-in {plugin.Name} has no [PluginStep(...)]: say which stage it runs in.");
        if (attribute.Stage == PipelineStage.MainOperation)
            throw new InvalidOperationException($"Plug-in {plugin.Name}: MainOperation is the handler's; implement ICommandHandler instead.");
        if (attribute.Mode == ExecutionMode.Asynchronous && attribute.Stage != PipelineStage.PostOperation)
            throw new InvalidOperationException($"Plug-in {plugin.Name}: only PostOperation steps may be asynchronous.");
        return new PluginStep(MessageNames.Of(command), command, attribute.Stage, attribute.Order, attribute.Mode, plugin,
            attribute.Configuration, Enabled: true);
    }

    /// <summary>A contract step, described once; the registry repeats it for every message whose command implements the contract.</summary>
    private static PluginStep DescribeContractStep(Type plugin)
    {
        var contract = ContractOf(plugin);
        var step = DescribeStep(plugin, contract);
        if (step.Mode == ExecutionMode.Asynchronous)
            throw new InvalidOperationException($"Contract plug-in {plugin.Name}: contract steps run synchronously, inside the message.");
        return step;
    }

    private static Type ContractOf(Type plugin)
    {
        for (var type = plugin.BaseType; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ContractPlugin<>))
                return type.GetGenericArguments()[0];
        }
        throw new InvalidOperationException($"Contract plug-in {plugin.Name} must derive from ContractPlugin<TContract>.");
    }

    private static IEnumerable<Type> ClosedInterfaces(Type type, Type openInterface) =>
        type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == openInterface);
}
