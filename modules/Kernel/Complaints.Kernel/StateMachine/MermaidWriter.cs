namespace Complaints.Kernel.StateMachine;

/// <summary>
/// Writes the table as a Mermaid <c>stateDiagram-v2</c>, deterministically: every state declared in configuration
/// order (Mermaid lays them out in that order), substates inside <c>state Parent { }</c> blocks, then each row as
/// <c>A --&gt; B : Trigger [guard]</c> in the innermost block that holds both ends. Ignored triggers are not moves, so
/// they are not drawn.
/// </summary>
internal static class MermaidWriter
{
    private const string Indent = "    ";

    public static string Write<TState, TTrigger, TContext>(StateTable<TState, TTrigger, TContext> table)
        where TState : notnull
        where TTrigger : notnull
    {
        var lines = new List<string> { "stateDiagram-v2" };
        if (table.HasInitialState)
            lines.Add($"{Indent}[*] --> {table.InitialState}");
        WriteContents(table, container: null, depth: 1, lines);
        return string.Join("\n", lines);
    }

    private static void WriteContents<TState, TTrigger, TContext>(
        StateTable<TState, TTrigger, TContext> table, StateNode<TState, TTrigger, TContext>? container, int depth, List<string> lines)
        where TState : notnull
        where TTrigger : notnull
    {
        var indent = string.Concat(Enumerable.Repeat(Indent, depth));
        var members = container is null
            ? table.States.Where(state => !table.Node(state).HasParent)
            : table.ChildrenOf(container.State);
        foreach (var state in members)
        {
            if (table.ChildrenOf(state).Any())
            {
                lines.Add($"{indent}state {state} {{");
                WriteContents(table, table.Node(state), depth + 1, lines);
                lines.Add($"{indent}}}");
            }
            else
            {
                lines.Add($"{indent}{state}");
            }
        }

        foreach (var rule in table.Rules.Where(rule => rule.Kind != TransitionRuleKind.Ignore && IsInnermostBlock(table, container, rule)))
            lines.Add($"{indent}{Line(rule)}");
    }

    private static bool IsInnermostBlock<TState, TTrigger, TContext>(
        StateTable<TState, TTrigger, TContext> table, StateNode<TState, TTrigger, TContext>? container, TransitionRule<TState, TTrigger> rule)
        where TState : notnull
        where TTrigger : notnull
    {
        var destinationAncestors = table.Node(rule.Destination).SelfAndAncestors.Skip(1).ToList();
        var shared = table.Node(rule.Source).SelfAndAncestors.Skip(1).Where(destinationAncestors.Contains).Take(1).ToList();
        return container is null ? shared.Count == 0 : shared.Count == 1 && EqualityComparer<TState>.Default.Equals(shared[0], container.State);
    }

    private static string Line<TState, TTrigger>(TransitionRule<TState, TTrigger> rule)
        where TState : notnull
        where TTrigger : notnull
    {
        var guard = rule.GuardDescription is null ? "" : $" [{rule.GuardDescription}]";
        return $"{rule.Source} --> {rule.Destination} : {rule.Trigger}{guard}";
    }
}
