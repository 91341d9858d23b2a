package org.laborbridge.localaws.template;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Reads a CloudFormation/SAM YAML template, turning the short intrinsic tags ({@code !Ref},
 * {@code !GetAtt}, {@code !Sub}, ...) into their long JSON form ({@code {"Fn::GetAtt": [..]}}).
 */
public final class TemplateLoader {

  private static final List<String> FUNCTION_TAGS = List.of(
      "Sub", "GetAtt", "If", "Join", "Select", "Split", "Equals", "Not", "And", "Or",
      "FindInMap", "Base64", "GetAZs", "ImportValue", "Cidr", "Transform", "ToJsonString", "Length");

  private TemplateLoader() {}

  public static CloudFormationTemplate load(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return new CloudFormationTemplate(parse(reader));
    } catch (IOException e) {
      throw new TemplateException("cannot read template " + file + ": " + e.getMessage());
    }
  }

  public static CloudFormationTemplate parse(String yaml) {
    return new CloudFormationTemplate(parse(new StringReader(yaml)));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> parse(Reader reader) {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(200);
    Object document = new Yaml(new IntrinsicConstructor(options)).load(reader);
    if (!(document instanceof Map)) {
      throw new TemplateException("a template is a YAML mapping at the top level");
    }
    return (Map<String, Object>) document;
  }

  /** SafeConstructor that knows CloudFormation's short-form tags and keeps dates as text. */
  private static final class IntrinsicConstructor extends SafeConstructor {
    IntrinsicConstructor(LoaderOptions options) {
      super(options);
      // AWSTemplateFormatVersion "2010-09-09" and dates in properties stay strings, as CloudFormation reads them.
      yamlConstructors.put(Tag.TIMESTAMP, yamlConstructors.get(Tag.STR));
      yamlConstructors.put(new Tag("!Ref"), new Intrinsic("Ref"));
      yamlConstructors.put(new Tag("!Condition"), new Intrinsic("Condition"));
      for (String name : FUNCTION_TAGS) {
        yamlConstructors.put(new Tag("!" + name), new Intrinsic("Fn::" + name));
      }
    }

    private final class Intrinsic extends AbstractConstruct {
      private final String key;

      Intrinsic(String key) {
        this.key = key;
      }

      @Override
      public Object construct(Node node) {
        Object value;
        if (node instanceof ScalarNode scalar) {
          String text = constructScalar(scalar);
          // The short form "!GetAtt Resource.Attribute" is a scalar; the long form is a list.
          value = key.equals("Fn::GetAtt") ? Arrays.asList(text.split("\\.", 2)) : text;
        } else if (node instanceof SequenceNode sequence) {
          value = constructSequence(sequence);
        } else {
          value = constructMapping((MappingNode) node);
        }
        return Map.of(key, value);
      }
    }
  }
}
