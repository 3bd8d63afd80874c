using Complaints.Host;

// The composition root. Modules are registered by name in ComplaintsApp as they arrive.
var app = ComplaintsApp.Build(args);
await app.RunAsync();
