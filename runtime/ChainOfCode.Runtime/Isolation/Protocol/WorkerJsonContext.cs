using System.Text.Json.Serialization;

namespace ChainOfCode.Runtime.Isolation;

/// <summary>
/// The protocol's serializer metadata, generated at build time instead of built by reflection in every process: the
/// worker's ReadyToRun images then hold the serializer's code for its messages, which a reflection-built contract
/// JIT-compiles at each worker's start (about 380 methods and 45 emitted accessors; docs/performance.md, group 4,
/// round 9). <see cref="WorkerMessage.WireOptions"/> puts it under <see cref="ScriptJson.Options"/>' own naming, enum and
/// escaping settings.
/// </summary>
[JsonSerializable(typeof(WorkerMessage))]
internal sealed partial class WorkerJsonContext : JsonSerializerContext;
