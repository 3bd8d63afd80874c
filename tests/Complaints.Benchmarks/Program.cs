using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/Complaints.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
