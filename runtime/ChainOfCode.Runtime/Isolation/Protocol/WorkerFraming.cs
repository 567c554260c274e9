using System;
using System.Buffers.Binary;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace ChainOfCode.Runtime.Isolation;

/// <summary>
/// The worker protocol's framing: a 4-byte big-endian length, then that many bytes of UTF-8 JSON.
/// A frame longer than the cap, or a stream that ends inside a frame, is a protocol violation.
/// </summary>
internal static class WorkerFraming
{
    /// <summary>Largest frame either side accepts (a result carries at most the output cap plus the value).</summary>
    public const int MaxFrameBytes = 16 * 1024 * 1024;

    /// <summary>Writes one frame and flushes.</summary>
    public static async Task WriteFrameAsync(Stream stream, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (payload.Length > MaxFrameBytes)
        {
            throw new WorkerProtocolException($"A frame of {payload.Length} bytes exceeds the {MaxFrameBytes}-byte cap.");
        }

        // One buffer, one write: a frame is never interleaved with anything else on the stream.
        byte[] buffer = new byte[4 + payload.Length];
        BinaryPrimitives.WriteInt32BigEndian(buffer, payload.Length);
        payload.CopyTo(buffer.AsMemory(4));
        await stream.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads one frame; null when the stream ended cleanly before a frame started.</summary>
    public static async Task<byte[]?> ReadFrameAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        byte[] header = new byte[4];
        int read = await ReadAtMostAsync(stream, header, cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            return null;
        }

        if (read < header.Length)
        {
            throw new WorkerProtocolException("The stream ended inside a frame header.");
        }

        int length = BinaryPrimitives.ReadInt32BigEndian(header);
        if (length < 0 || length > MaxFrameBytes)
        {
            throw new WorkerProtocolException($"A frame announces {length} bytes; the cap is {MaxFrameBytes}.");
        }

        byte[] payload = new byte[length];
        if (await ReadAtMostAsync(stream, payload, cancellationToken).ConfigureAwait(false) < length)
        {
            throw new WorkerProtocolException("The stream ended inside a frame.");
        }

        return payload;
    }

    private static async Task<int> ReadAtMostAsync(Stream stream, byte[] buffer, CancellationToken cancellationToken)
    {
        int total = 0;
        while (total < buffer.Length)
        {
            int n = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false);
            if (n == 0)
            {
                break;
            }

            total += n;
        }

        return total;
    }
}
