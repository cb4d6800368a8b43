#if ATLASGEN_FULL_SPEC
using AtlasGen.Atlas;

namespace AtlasGen.Sample;

/// <summary>
/// The cluster a user creates first: the smallest dedicated replica set, three M10 nodes on AWS in us-east-1. One
/// definition for the sample's --clusters workflow and the full-spec lifecycle tests (which link this file), so the
/// tests create what the sample does.
/// </summary>
internal static class DedicatedCluster
{
    public static ClusterDescription20240805 M10(string name) => new()
    {
        Name = name,
        ClusterType = ClusterDescription20240805ClusterType.Replicaset,
        ReplicationSpecs = new()
        {
            new ReplicationSpec20240805
            {
                RegionConfigs = new()
                {
                    new CloudRegionConfig20240805
                    {
                        ProviderName = CloudRegionConfig20240805ProviderName.Aws,
                        RegionName = CloudRegionConfig20240805RegionName.UsEast1,
                        Priority = 7,
                        ElectableSpecs = new AwsHardwareSpec20240805 { InstanceSize = AwsHardwareSpec20240805InstanceSize.M10, NodeCount = 3 },
                    },
                },
            },
        },
    };
}
#endif
