using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using AtlasGen.TestData;

namespace AtlasGen.Generator.Tests.FullSpecs;

/// <summary>
/// Network peering in the client generated from the newest full spec: <c>BaseNetworkPeeringConnectionSettings</c> has
/// properties, a oneOf of the AWS, Azure and GCP settings and a <c>providerName</c> discriminator, and is the body and
/// the answer of createGroupPeer, updateGroupPeer and getGroupPeer. The subtype survives both ways.
/// </summary>
public sealed class NetworkPeeringTests
{
    private const string Base = "BaseNetworkPeeringConnectionSettings";

    private const string AwsRequest = """
        {"accepterRegionName":"us-east-1","awsAccountId":"123456789012","containerId":"32b6e34b3d91647abb20e7b8","providerName":"AWS","routeTableCidrBlock":"10.0.0.0","vpcId":"vpc-0a1b2c3d"}
        """;

    private static LoadedClient Client => PublishedSpecCompilations.Client(PublishedSpecCompilations.Spec20260821);

    [PublishedSpecsFact]
    public void Each_provider_settings_type_extends_the_base_the_operations_take()
    {
        foreach (var subtype in new[] { "AwsNetworkPeeringConnectionSettings", "AzureNetworkPeeringConnectionSettings", "GcpNetworkPeeringConnectionSettings" })
        {
            Assert.Equal(Base, Client.Type(subtype).BaseType!.Name);
        }

        var createGroupPeer = Client.Assembly.GetTypes().SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .First(m => m.Name == "CreateGroupPeerAsync");
        Assert.Equal(Base, createGroupPeer.GetParameters().Single(p => p.Name == "body").ParameterType.Name);
    }

    [PublishedSpecsFact]
    public void An_AWS_peering_a_user_builds_is_written_through_the_base_type_with_its_fields_and_the_provider_once()
    {
        var aws = Activator.CreateInstance(Client.Type("AwsNetworkPeeringConnectionSettings"))!;
        Set(aws, "ContainerId", "32b6e34b3d91647abb20e7b8");
        Set(aws, "AccepterRegionName", "us-east-1");
        Set(aws, "AwsAccountId", "123456789012");
        Set(aws, "RouteTableCidrBlock", "10.0.0.0");
        Set(aws, "VpcId", "vpc-0a1b2c3d");

        var written = Client.Write(Base, aws);

        AssertSameJson(AwsRequest, written);
        Assert.Single(JsonDocument.Parse(written).RootElement.EnumerateObject(), p => p.Name == "providerName");
    }

    [PublishedSpecsFact]
    public void A_JSON_body_read_into_the_base_type_is_the_subtype_and_is_sent_unchanged()
    {
        // The full-spec driver's way of making an argument: JSON deserialized with the client metadata of the parameter's type.
        var body = Client.Read(Base, AwsRequest);

        Assert.Equal("AwsNetworkPeeringConnectionSettings", body.GetType().Name);
        AssertSameJson(AwsRequest, Client.Write(Base, body));
        // The server direction reads it too, with the subtype's required properties present.
        Assert.Equal("AwsNetworkPeeringConnectionSettings", Client.Read(Base, AwsRequest, server: true).GetType().Name);
    }

    [PublishedSpecsFact]
    public void An_AWS_answer_reads_as_its_subtype_and_loses_nothing()
        => AssertReadsLosslessly("""{"accepterRegionName":"us-east-1","awsAccountId":"123456789012","connectionId":"pcx-0a1b","containerId":"32b6e34b3d91647abb20e7b8","errorStateName":"REJECTED","id":"6a1b2c3d4e5f6a7b8c9d0e1f","providerName":"AWS","routeTableCidrBlock":"10.0.0.0","statusName":"AVAILABLE","vpcId":"vpc-0a1b2c3d"}""", "AwsNetworkPeeringConnectionSettings");

    [PublishedSpecsFact]
    public void An_Azure_answer_reads_as_its_subtype_and_loses_nothing()
        => AssertReadsLosslessly("""{"azureDirectoryId":"5c2d6e0b-3f3a-4d7e-9b1a-2f4c6e8a0b1c","azureSubscriptionId":"0b1c5c2d-3f3a-4d7e-9b1a-2f4c6e8a6e0b","containerId":"32b6e34b3d91647abb20e7b8","errorState":"none","id":"6a1b2c3d4e5f6a7b8c9d0e1f","providerName":"AZURE","resourceGroupName":"rg-1","status":"AVAILABLE","vnetName":"vnet-1"}""", "AzureNetworkPeeringConnectionSettings");

    [PublishedSpecsFact]
    public void A_GCP_answer_reads_as_its_subtype_and_loses_nothing()
        => AssertReadsLosslessly("""{"containerId":"32b6e34b3d91647abb20e7b8","errorMessage":"none","gcpProjectId":"my-project-1","id":"6a1b2c3d4e5f6a7b8c9d0e1f","networkName":"net-1","providerName":"GCP","status":"WAITING_FOR_USER"}""", "GcpNetworkPeeringConnectionSettings");

    /// <summary>Read as the base (getGroupPeer) and as an element of a page (listGroupPeers): the subtype, with every field.</summary>
    private static void AssertReadsLosslessly(string answer, string subtype)
    {
        var read = Client.Read(Base, answer);

        Assert.Equal(subtype, read.GetType().Name);
        // The server direction writes every property, readOnly ones too: what was read is all there.
        AssertSameJson(answer, Client.Write(Base, read, server: true));
        var page = Client.Read("PaginatedContainerPeerView", $$"""{"results":[{{answer}}],"totalCount":1}""");
        Assert.Equal(subtype, Assert.Single(((System.Collections.IEnumerable)LoadedClient.Get(page, "Results")!).Cast<object>()).GetType().Name);
    }

    private static void Set(object instance, string property, object value)
        => instance.GetType().GetProperty(property, BindingFlags.Public | BindingFlags.Instance)!.SetValue(instance, value);

    private static void AssertSameJson(string expected, string actual)
        => Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"expected {expected}\nactual   {actual}");
}
