// Lucene's ArabicAnalyzer over the same text as Rasid's text benchmark (bench/text.bench.mjs).
// Compiled at bench time into bench/java/classes (gitignored) against the Debian liblucene8-java jars.
//
//   java LuceneArabicBench bench FILE WARMUP_DOCS PASSES   → one JSON line {tokens, passes:[{wall, cpu}]}
//   java LuceneArabicBench keys FILE                        → for each line (a word), its terms joined by spaces
//
// Documents in FILE are separated by form feeds (\f). Each timed pass analyses every document with
// analyzer.tokenStream(), reading every term (as an indexer does). Warm-up: the first WARMUP_DOCS
// documents once, so that the JIT has compiled the hot paths, exactly as the Node analysers are warmed.
// Times: wall clock, and the process's CPU time (all threads: JIT, GC), in seconds.
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

public class LuceneArabicBench {
  static long analyse(Analyzer analyzer, String doc) throws Exception {
    long n = 0;
    try (TokenStream ts = analyzer.tokenStream("body", doc)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        n += term.length() > 0 ? 1 : 0;
      }
      ts.end();
    }
    return n;
  }

  static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  public static void main(String[] args) throws Exception {
    String text = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
    if (args[0].equals("keys")) {
      Analyzer analyzer = new ArabicAnalyzer();
      StringBuilder out = new StringBuilder();
      for (String word : text.split("\n", -1)) {
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("body", word)) {
          CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
          ts.reset();
          while (ts.incrementToken()) terms.add(term.toString());
          ts.end();
        }
        out.append(String.join(" ", terms)).append('\n');
      }
      System.out.print(out);
      System.out.flush();
      return;
    }
    String[] docs = text.split("\f");
    int warm = Math.min(docs.length, Integer.parseInt(args[2]));
    int passes = Integer.parseInt(args[3]);
    Analyzer analyzer = new ArabicAnalyzer();
    for (int i = 0; i < warm; i++) analyse(analyzer, docs[i]);
    StringBuilder json = new StringBuilder("{\"passes\":[");
    long tokens = 0;
    for (int p = 0; p < passes; p++) {
      long c0 = cpuNanos();
      long t0 = System.nanoTime();
      long n = 0;
      for (String doc : docs) n += analyse(analyzer, doc);
      double wall = (System.nanoTime() - t0) / 1e9;
      double cpu = (cpuNanos() - c0) / 1e9;
      tokens = n;
      json.append(p > 0 ? "," : "").append("{\"wall\":").append(wall).append(",\"cpu\":").append(cpu).append('}');
    }
    json.append("],\"tokens\":").append(tokens).append('}');
    System.out.println(json);
  }
}
