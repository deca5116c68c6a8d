namespace BeneluxClimate.Domain.Live;

/// <summary>
/// Marks a record that may travel as a <see cref="LiveEvent.Payload"/>. Only marked types (and a few primitives, see
/// <see cref="LivePayloads"/>) are accepted, so every payload can be relayed between nodes and is read back only as a
/// type the app chose, never as whatever a message names.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class LivePayloadAttribute : Attribute;
