package org.kyc4j.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kyc4j.api.Action;
import org.kyc4j.api.Level;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kyc4j liveness --captures FILE.csv [--level L] [--actions A+B]}: for each row (column
 * {@code frames}: image paths joined by {@code ;} in capture order; optional {@code interval_ms},
 * default 100), whether the capture is live: LIVE, SPOOF, NO_FACE, ACTION_FAILED, QUALITY or ERROR.
 */
@Command(name = "liveness", description = "judge the liveness of face captures listed in a CSV file",
    customSynopsis = "kyc4j liveness --captures FILE.csv [options]",
    footer = "Input columns: frames (image paths joined by ';', in capture order) and, optionally, interval_ms "
        + "(the time between frames, default 100). Result columns: score (passive liveness, the fused P(live) of "
        + "the texture, spectral and parallax cues, higher means more likely live; empty when it did not run), reasons (the "
        + "decision's reason codes joined by '+') and status: LIVE, SPOOF, NO_FACE, ACTION_FAILED, QUALITY or "
        + "ERROR (also when a check could not run, such as passive liveness without its model folder). "
        + "Without --actions only the passive checks run. " + BatchCommand.NOTES)
final class LivenessCommand extends BatchCommand {
  @Option(names = "--captures", paramLabel = "FILE.csv", required = true,
      description = "CSV with column frames (and optionally interval_ms): one capture per row")
  private String captures;
  @Option(names = "--level", paramLabel = "L",
      description = "LOOSE, STANDARD (default) or STRICT: the liveness level to apply")
  private String level = Level.STANDARD.name();
  @Option(names = "--actions", paramLabel = "A+B",
      description = "actions the captures should show in order, for example FACEBLINK+MOUTHOPEN (default: none)")
  private String actions;

  @Override
  protected String inputFile() {
    return captures;
  }

  @Override
  protected BatchJob openJob() throws UsageException {
    Level chosen = level(level, "judge nothing");
    return new LivenessJob(chosen, actions());
  }

  private List<Action> actions() throws UsageException {
    List<Action> asked = new ArrayList<>();
    if (actions == null) {
      return asked;
    }
    for (String name : actions.split("\\+", -1)) {
      try {
        Action action = Action.valueOf(name.strip().toUpperCase(Locale.ROOT));
        if (asked.contains(action)) {
          throw new UsageException("--actions names " + action + " twice");
        }
        asked.add(action);
      } catch (IllegalArgumentException e) {
        throw new UsageException("--actions: '" + name + "' is not one of " + List.of(Action.values()));
      }
    }
    return asked;
  }
}
