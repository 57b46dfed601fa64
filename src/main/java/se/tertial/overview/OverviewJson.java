package se.tertial.overview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import se.tertial.overview.OverviewViewModel.Cell;
import se.tertial.overview.OverviewViewModel.Count;
import se.tertial.overview.OverviewViewModel.MeasureLine;
import se.tertial.overview.OverviewViewModel.UnitRow;

/**
 * The overview's numbers as JSON, the same the PDF shows: per unit and perspective the count of
 * each judgement (codes as in {@code evaluate --format json}), the lists, the actions and the units
 * left out.
 */
public final class OverviewJson {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private OverviewJson() {}

  public static String write(OverviewViewModel overview) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("title", overview.meta().title());
    root.put("period", overview.meta().periodLabel());
    ArrayNode perspectives = root.putArray("perspectives");
    overview.perspectives().forEach(perspectives::add);
    ArrayNode units = root.putArray("units");
    for (UnitRow row : overview.units()) {
      units.add(unit(row, overview.perspectives()));
    }
    root.set("total", unit(overview.total(), overview.perspectives()));
    root.set("gaps", lines(overview.gaps()));
    root.set("worsened", lines(overview.worsened()));
    root.set("sexGaps", lines(overview.sexGaps()));
    ArrayNode actions = root.putArray("actions");
    for (OverviewViewModel.ActionRow row : overview.actions()) {
      ObjectNode node = actions.addObject();
      node.put("unit", row.unit());
      node.set("counts", counts(row.counts()));
      ArrayNode late = node.putArray("late");
      row.late().forEach(late::add);
    }
    ArrayNode leftOut = root.putArray("leftOut");
    for (OverviewViewModel.LeftOut unit : overview.leftOut()) {
      ObjectNode node = leftOut.addObject();
      node.put("unit", unit.unit());
      node.put("input", unit.input());
      ArrayNode problems = node.putArray("problems");
      unit.problems().forEach(problems::add);
    }
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode unit(UnitRow row, List<String> perspectives) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("name", row.name());
    node.put("appendix", row.link());
    ObjectNode byPerspective = node.putObject("perspectives");
    for (int i = 0; i < perspectives.size(); i++) {
      Cell cell = row.cells().get(i);
      if (!cell.empty()) {
        byPerspective.set(perspectives.get(i), counts(cell.counts()));
      }
    }
    node.set("counts", counts(row.cells().get(perspectives.size()).counts()));
    return node;
  }

  private static ObjectNode counts(List<Count> counts) {
    ObjectNode node = MAPPER.createObjectNode();
    counts.forEach(c -> node.put(c.symbol().code(), c.count()));
    return node;
  }

  private static ArrayNode lines(List<MeasureLine> lines) {
    ArrayNode array = MAPPER.createArrayNode();
    for (MeasureLine line : lines) {
      ObjectNode node = array.addObject();
      node.put("unit", line.unit());
      node.put("measure", line.measure());
      node.put("perspective", line.perspective());
      node.put("detail", line.detail());
      node.put("symbol", line.symbol().code());
    }
    return array;
  }
}
