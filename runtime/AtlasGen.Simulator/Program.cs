// The process entry point; everything else lives in the library half (AtlasSimulator).
return await AtlasGen.Simulator.AtlasSimulator.RunAsync(args).ConfigureAwait(false);
