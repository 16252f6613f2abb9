package dev.allot.platform.internal;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Makes the API description say what the code says about null (issue 14, finding 7): a record
 * component marked {@code @Nullable} (JSpecify) may be null, so its property's type gains "null"
 * (OpenAPI 3.1); every other component is always there, so it is listed as required. Before, every
 * property read "never null" and none was required, and clients generated from the document broke
 * on the 97 that are null in practice. The tests' {@code Api} client holds every real answer of the
 * suite to the document.
 */
class NullableComponents implements ModelConverter {

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public @Nullable Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Schema resolved = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        if (resolved == null) {
            return null;
        }
        Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
        if (raw == null || !raw.isRecord()) {
            return resolved;
        }
        Schema model = resolved.get$ref() == null ? resolved
                : context.getDefinedModels().get(resolved.get$ref().substring(resolved.get$ref().lastIndexOf('/') + 1));
        if (model == null || model.getProperties() == null) {
            return resolved;
        }
        Map<String, Schema> properties = model.getProperties();
        List<String> required = new ArrayList<>();
        for (RecordComponent component : raw.getRecordComponents()) {
            String name = component.getName();
            Schema property = properties.get(name);
            if (property == null) {
                continue;
            }
            if (nullable(component)) {
                properties.put(name, orNull(property));
            } else {
                required.add(name);
            }
        }
        if (!required.isEmpty()) {
            Set<String> all = new LinkedHashSet<>(model.getRequired() == null ? List.of() : model.getRequired());
            all.addAll(required);
            model.setRequired(new ArrayList<>(all));
        }
        return resolved;
    }

    private static boolean nullable(RecordComponent component) {
        return component.getAnnotatedType().isAnnotationPresent(Nullable.class)
                || component.isAnnotationPresent(Nullable.class);
    }

    /** {@code property}, or null: "null" added to its types (and enum), or a reference wrapped in anyOf. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema orNull(Schema property) {
        if (property.get$ref() != null || property.getTypes() == null && property.getType() == null) {
            return new JsonSchema().anyOf(List.of(property, new JsonSchema().types(new LinkedHashSet<>(Set.of("null")))));
        }
        Set<String> types = new LinkedHashSet<>(property.getTypes() != null ? property.getTypes() : Set.of(property.getType()));
        types.add("null");
        property.setTypes(types);
        if (property.getEnum() != null && !property.getEnum().contains(null)) {
            List<Object> values = new ArrayList<>(property.getEnum());
            values.add(null);
            property.setEnum(values);
        }
        return property;
    }
}
