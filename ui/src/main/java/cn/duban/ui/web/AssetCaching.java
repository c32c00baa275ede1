package cn.duban.ui.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Duration;

/**
 * Vite names every built script by its content's hash, so a browser may keep {@code /assets/*} for a year: on slow
 * government networks the libraries then load once, not on every page. {@code index.html} names the current hashes
 * and is never cached (Spring Security's default headers).
 */
@Configuration(proxyBeanMethods = false)
class AssetCaching implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/static/assets/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable());
    }
}
