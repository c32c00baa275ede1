package cn.duban.ui.spreadsheet;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** @param maxSize the largest workbook an import opens; a real plan or task list is a few tens of kB */
@ConfigurationProperties("duban.imports")
public record ImportProperties(@DefaultValue("2MB") DataSize maxSize) {
}
