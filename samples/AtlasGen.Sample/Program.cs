using System;
using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;
using AtlasGen.Sample;

// By default the sample starts the embedded simulator and runs the whole workflow against it. With ATLAS_PUBLIC_KEY and
// ATLAS_PRIVATE_KEY (and optionally ATLAS_BASE_URL) it targets that server instead, and only reads unless --write is given.
// --clusters runs the second workflow (clusters, database users, the project IP access list) instead.
var write = new Option<bool>("--write") { Description = "Against a real server, also run the steps that create, change and delete resources." };
var pageSize = new Option<int>("--page-size")
{
    Description = "itemsPerPage for the paginated listing (1..500).",
    DefaultValueFactory = _ => 2,
};
pageSize.Validators.Add(result =>
{
    if (result.GetValueOrDefault<int>() is < 1 or > 500)
    {
        result.AddError("--page-size must be between 1 and 500.");
    }
});

var clusters = new Option<bool>("--clusters")
{
    Description = "Run the second workflow instead: create a cluster, wait for IDLE, add a database user and an access-list entry, then remove them all (against a real server it also needs --write, and a dedicated cluster is billed).",
};

var root = new RootCommand("Runs a scripted MongoDB Atlas Administration API workflow with the AtlasGen client.") { write, pageSize, clusters };
root.SetAction((parse, cancellationToken) => SampleRunner.RunAsync(
    new SampleSettings(
        Environment.GetEnvironmentVariable("ATLAS_PUBLIC_KEY"),
        Environment.GetEnvironmentVariable("ATLAS_PRIVATE_KEY"),
        Environment.GetEnvironmentVariable("ATLAS_BASE_URL"),
        parse.GetValue(write),
        parse.GetValue(pageSize),
        parse.GetValue(clusters)),
    Console.Out,
    cancellationToken));
return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
