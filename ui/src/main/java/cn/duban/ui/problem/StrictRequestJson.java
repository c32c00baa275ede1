package cn.duban.ui.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * Request bodies say exactly what they mean, or are a 400 naming the field: no field the request does not have, no
 * key twice, no text that {@link TextRule} refuses, and no value of another type quietly converted (a number sent
 * as text, text or a number for a yes/no, a fraction for a whole number, a number for an enum or a date, null for
 * a number), and nothing after the value. Path ids and query parameters follow the same text rule ({@link RequestText}), and an action that takes
 * no body refuses one ({@link NoBody}).
 *
 * <p>Only the HTTP converter's copy of the mapper is strict; events and documents stored earlier are read by the
 * shared mapper, which stays lenient so that old data keeps loading.
 */
@Configuration(proxyBeanMethods = false)
class StrictRequestJson implements WebMvcConfigurer {

    /**
     * A new converter in the place of Boot's, not Boot's own changed: that instance is shared with the HTTP clients
     * built from {@code RestTemplateBuilder}, whose answers (multi-line form texts, say) are not requests.
     */
    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.replaceAll(converter -> converter instanceof MappingJackson2HttpMessageConverter json
                ? new MappingJackson2HttpMessageConverter(strict(json.getObjectMapper())) : converter);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new RequestText());
        registry.addInterceptor(new NoBody());
    }

    static ObjectMapper strict(ObjectMapper shared) {
        ObjectMapper strict = shared.copyWith(new CheckedJsonFactory(shared.getFactory()))
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        for (LogicalType number : List.of(LogicalType.Integer, LogicalType.Float)) {
            strict.coercionConfigFor(number)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        }
        strict.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        strict.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        strict.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return strict;
    }
}
