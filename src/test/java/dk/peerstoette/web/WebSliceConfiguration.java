package dk.peerstoette.web;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * What a {@code @WebMvcTest} of a module's controller needs of the web module beyond the
 * filters, advice and configurers the slice picks up itself: the error pages, which the
 * filters render their refusals with. Package-private here, so imported from this
 * package.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(ErrorPages.class)
public class WebSliceConfiguration {

}
