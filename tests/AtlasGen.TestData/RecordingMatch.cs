using System.Collections.Generic;
using System.Linq;

namespace AtlasGen.TestData;

/// <summary>What a recording is, for one client: which operation its file name names, and the client's method for its version.</summary>
/// <param name="Recording">The recording.</param>
/// <param name="Request">The operation and path values its file name names; null when it names none (or is named by a hash).</param>
/// <param name="Offered">The client's methods for that operation, newest first; null when the client lacks the operation.</param>
/// <param name="Operation">The method for the recorded version (the default one for an unversioned response); null when the client doesn't offer that version.</param>
public sealed record RecordingMatch(Recording Recording, IdentifiedRequest? Request, IReadOnlyList<ClientOperation>? Offered, ClientOperation? Operation)
{
    /// <summary>Matches each recording to a client's operations.</summary>
    public static IEnumerable<RecordingMatch> All(IEnumerable<Recording> recordings, PathTemplateMatcher matcher, ClientOperations client)
    {
        foreach (var recording in recordings)
        {
            var request = recording.HasRequest ? matcher.Identify(recording.RequestMethod!, recording.MangledPath!) : null;
            var offered = request is null ? null : client.Find(request.Method, request.PathTemplate);
            // An unversioned response (an error, a 204 without a type) goes to the default method, the newest version.
            var operation = offered is null ? null
                : recording.Version is null ? offered[0]
                : offered.FirstOrDefault(o => o.Version == recording.Version);
            yield return new RecordingMatch(recording, request, offered, operation);
        }
    }

    /// <summary>A 2xx with a body: what steps 1 and 2 read.</summary>
    public bool HasSuccessBody => Recording.IsSuccess && Recording.Body.Any(b => b is not ((byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t'));
}
