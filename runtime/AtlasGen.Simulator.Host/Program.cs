// The process entry point; everything else lives in the AtlasGen.Simulator library.
return await AtlasGen.Simulator.AtlasSimulator.RunAsync(args).ConfigureAwait(false);
