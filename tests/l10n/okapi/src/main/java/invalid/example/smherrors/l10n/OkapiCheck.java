package invalid.example.smherrors.l10n;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import net.sf.okapi.lib.xliff2.core.CTag;
import net.sf.okapi.lib.xliff2.core.Fragment;
import net.sf.okapi.lib.xliff2.core.Segment;
import net.sf.okapi.lib.xliff2.core.Tag;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.reader.Event;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import net.sf.okapi.lib.xliff2.writer.XLIFFWriter;

/**
 * Reads an XLIFF 2 file of `smh-errors export` with Okapi's XLIFF 2 library:
 * validates it (the schemas and the specification's processing
 * requirements), checks that every inline code carries a Fluent placeable as
 * its original data and that a target's codes are its source's, then writes
 * it back as Okapi writes XLIFF, as a CAT tool built on it would.
 *
 * <p>Usage: OkapiCheck IN.xlf OUT.xlf
 */
public final class OkapiCheck {
    private OkapiCheck() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: OkapiCheck IN.xlf OUT.xlf");
            System.exit(2);
        }
        File in = new File(args[0]);
        XLIFFReader.validate(in);
        List<String> failures = new ArrayList<>();
        int units = 0;
        int codes = 0;
        int translated = 0;
        try (XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL);
                XLIFFWriter writer = new XLIFFWriter()) {
            reader.open(in);
            writer.create(new File(args[1]), null);
            while (reader.hasNext()) {
                Event event = reader.next();
                if (event.isUnit()) {
                    Unit unit = event.getUnit();
                    units++;
                    for (Segment seg : unit.getSegments()) {
                        List<String> source = placeables(seg.getSource(), unit.getId(), failures);
                        codes += source.size();
                        if (seg.hasTarget()) {
                            translated++;
                            for (String p : placeables(seg.getTarget(), unit.getId(), failures)) {
                                if (!source.contains(p) && !p.startsWith("{ -")) {
                                    failures.add(unit.getId() + ": the target's code " + p + " is not the source's");
                                }
                            }
                        }
                    }
                }
                writer.writeEvent(event);
            }
        }
        System.out.printf("Okapi: valid XLIFF 2; %d units (%d translated), %d inline codes, each with its placeable%n",
                units, translated, codes);
        if (units == 0 || codes == 0) {
            failures.add("nothing was read");
        }
        if (!failures.isEmpty()) {
            failures.forEach(System.err::println);
            System.exit(1);
        }
    }

    private static List<String> placeables(Fragment f, String unit, List<String> failures) {
        List<String> out = new ArrayList<>();
        for (Tag t : f.getOwnTags()) {
            if (!(t instanceof CTag)) {
                failures.add(unit + ": a tag that is not an inline code: " + t);
                continue;
            }
            String data = ((CTag) t).getData();
            if (data == null || !data.startsWith("{") || !data.endsWith("}")) {
                failures.add(unit + ": inline code " + t.getId() + " carries no Fluent placeable: " + data);
            } else {
                out.add(data);
            }
        }
        return out;
    }
}
