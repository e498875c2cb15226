package dk.peerstoette.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded database lives.
 *
 * @param dataDir its files ({@code postgres}) and passwords ({@code pgpass}); env
 * {@code APP_DATA_DIR}
 */
@ConfigurationProperties("app")
record DataDirectoryProperties(@DefaultValue("./data") Path dataDir) {

}
