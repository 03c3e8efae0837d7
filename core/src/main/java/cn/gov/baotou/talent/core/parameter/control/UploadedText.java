package cn.gov.baotou.talent.core.parameter.control;

import cn.gov.baotou.talent.core.refusal.InvalidInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of an uploaded version file: UTF-8 only and at most {@link #MAX_BYTES}. A spreadsheet's default CSV on a
 * Chinese desktop is GBK, which would turn every description into mojibake: it is refused with a hint instead.
 */
public final class UploadedText {

    public static final int MAX_BYTES = 1024 * 1024;

    private UploadedText() {}

    public static String of(InputStream in) {
        if (in == null) {
            throw new InvalidInput("file", "parameter.file.empty", String.join(",", ParameterFile.COLUMNS));
        }
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("reading an uploaded version file", e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInput("file", "parameter.file.tooLarge", String.valueOf(MAX_BYTES / 1024));
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInput("file", "parameter.file.encoding", "");
        }
    }
}
