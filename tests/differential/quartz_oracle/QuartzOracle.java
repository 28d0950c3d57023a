// The Quartz dialect's differential oracle: org.quartz.CronExpression from Debian's
// libquartz2-java (Quartz 2.3.2), driven by cronkit's quartz_differential test.
//
// Reads lines "ZONE|FROM|COUNT|EXPRESSION" on standard input (FROM in Unix seconds) and answers
// each with one line:
//   ok T1 T2 ...        the first COUNT firings strictly after FROM (Unix seconds), each from
//                       getNextValidTimeAfter() of the one before; then "none" if it returned
//                       null, or "error" if it threw, before COUNT were found
//   reject OFFSET MESSAGE   the constructor's ParseException (getErrorOffset(), getMessage())
// One JVM serves every expression; the answer to each line is flushed before the next is read.
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Date;
import java.util.TimeZone;
import org.quartz.CronExpression;

public class QuartzOracle {
  public static void main(String[] args) throws Exception {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    PrintStream out = new PrintStream(System.out, false, "UTF-8");
    String line;
    while ((line = in.readLine()) != null) {
      String[] parts = line.split("\\|", 4);
      if (parts.length != 4) {
        out.println("bad-request");
        out.flush();
        continue;
      }
      TimeZone zone = TimeZone.getTimeZone(java.time.ZoneId.of(parts[0]));
      long from = Long.parseLong(parts[1]);
      int count = Integer.parseInt(parts[2]);
      CronExpression expression;
      try {
        expression = new CronExpression(parts[3]);
      } catch (ParseException e) {
        out.println("reject " + e.getErrorOffset() + " " + e.getMessage());
        out.flush();
        continue;
      }
      expression.setTimeZone(zone);
      StringBuilder answer = new StringBuilder("ok");
      Date time = new Date(from * 1000L);
      for (int i = 0; i < count; ++i) {
        try {
          time = expression.getNextValidTimeAfter(time);
        } catch (RuntimeException e) {
          answer.append(" error");
          break;
        }
        if (time == null) {
          answer.append(" none");
          break;
        }
        answer.append(' ').append(time.getTime() / 1000L);
      }
      out.println(answer);
      out.flush();
    }
  }
}
