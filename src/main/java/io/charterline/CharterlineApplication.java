package io.charterline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CharterlineApplication {

    public static void main(String[] args) {
        SpringApplication.run(CharterlineApplication.class, args);
    }
}
