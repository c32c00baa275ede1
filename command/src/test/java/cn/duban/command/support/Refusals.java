package cn.duban.command.support;

import cn.duban.api.FieldError;
import cn.duban.api.InvalidCommandException;
import cn.duban.command.shared.InputCheck;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Matchers for the refusals of malformed input, strict about which fields are at fault. */
public final class Refusals {

    private Refusals() {
    }

    /** An {@link InvalidCommandException} that names exactly these fields and no other. */
    public static Matcher<InvalidCommandException> invalid(String... fields) {
        Set<String> expected = new TreeSet<>(Set.of(fields));
        return new TypeSafeDiagnosingMatcher<>() {
            @Override
            protected boolean matchesSafely(InvalidCommandException exception, Description mismatch) {
                Set<String> actual = exception.errors().stream().map(FieldError::field)
                        .collect(Collectors.toCollection(TreeSet::new));
                mismatch.appendText("refused for ").appendValue(exception.errors());
                return actual.equals(expected);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("invalid input in exactly the fields ").appendValue(expected);
            }
        };
    }

    /** The fields an input check found at fault, in order of name; none when the input is well formed. */
    public static Set<String> fieldsAtFault(InputCheck check) {
        try {
            check.orThrow();
            return Set.of();
        } catch (InvalidCommandException refused) {
            return refused.errors().stream().map(FieldError::field).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
