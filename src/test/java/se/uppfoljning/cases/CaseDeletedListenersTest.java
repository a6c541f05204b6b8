package se.uppfoljning.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.ReflectionUtils;
import se.uppfoljning.IntegrationTest;

/**
 * Retention deletes cases with no user logged in, so a {@link CaseDeleted} listener guarded by a role
 * (directly or through its class's {@code @PreAuthorize}) would make retention fail for every project.
 * This keeps future features from adding such a listener.
 */
@IntegrationTest
class CaseDeletedListenersTest {

    @Autowired
    ApplicationContext ctx;

    @Test
    void everyCaseDeletedListenerRunsWithoutARole() {
        List<String> listeners = new ArrayList<>();
        List<String> guarded = new ArrayList<>();
        for (String name : ctx.getBeanDefinitionNames()) {
            Class<?> type = ctx.getType(name);
            if (type == null || !type.getName().startsWith("se.uppfoljning.")) {
                continue;
            }
            Class<?> target = AopUtils.getTargetClass(ctx.getBean(name));
            for (Method m : ReflectionUtils.getUniqueDeclaredMethods(target)) {
                if (m.isAnnotationPresent(EventListener.class) && m.getParameterCount() == 1
                        && m.getParameterTypes()[0] == CaseDeleted.class) {
                    String id = target.getSimpleName() + "." + m.getName();
                    listeners.add(id);
                    PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(m, PreAuthorize.class);
                    if (rule == null) {
                        rule = AnnotatedElementUtils.findMergedAnnotation(target, PreAuthorize.class);
                    }
                    if (rule != null && !rule.value().equals("permitAll()")) {
                        guarded.add(id + " " + rule.value());
                    }
                }
            }
        }
        assertThat(listeners).contains("ResponseService.onCaseDeleted", "InvitationService.onCaseDeleted");
        assertThat(guarded).isEmpty();
    }
}
