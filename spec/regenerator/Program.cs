using System;
using System.IO;
using AtlasGen.SpecRegenerator;

// dotnet run --project spec/regenerator -- <published.yaml> [<earlier-revision.yaml>] [--check]
// Writes spec/atlas-admin-v2.yaml from the published spec, spec/bundle.yaml and spec/seed-prose.yaml. The earlier
// revision defaults to atlas-seed-subset-2023-02-13.yaml beside the published spec. --check writes nothing and fails
// when the committed file differs from the regenerated one.
var arguments = args.AsSpan();
var check = arguments.Length > 0 && arguments[^1] == "--check";
if (check)
{
    arguments = arguments[..^1];
}

if (arguments.Length is < 1 or > 2)
{
    Console.Error.WriteLine("usage: dotnet run --project spec/regenerator -- <published.yaml> [<earlier-revision.yaml>] [--check]");
    return 2;
}

try
{
    var published = Path.GetFullPath(arguments[0]);
    var earlier = arguments.Length == 2
        ? Path.GetFullPath(arguments[1])
        : Path.Combine(Path.GetDirectoryName(published)!, BundledSpecFiles.DefaultEarlierRevisionFileName);
    var specDirectory = BundledSpecFiles.FindSpecDirectory(AppContext.BaseDirectory) ?? BundledSpecFiles.FindSpecDirectory(Environment.CurrentDirectory)
        ?? throw new SpecRegenerationException("Can't find the repository's spec/ folder; run from inside the repository.");

    var text = BundledSpecFiles.Regenerate(specDirectory, published, earlier);
    var output = Path.Combine(specDirectory, BundledSpecFiles.BundledSpecFileName);
    if (check)
    {
        var same = File.Exists(output) && File.ReadAllText(output) == text;
        Console.WriteLine(same ? $"{output} is up to date." : $"{output} differs from the regenerated spec.");
        return same ? 0 : 1;
    }

    File.WriteAllText(output, text);
    Console.WriteLine($"Wrote {output} from {published}.");
    return 0;
}
catch (Exception e) when (e is SpecRegenerationException or IOException or YamlDotNet.Core.YamlException)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}
